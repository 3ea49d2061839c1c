from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "sequence(dt, date_add(dt, 2))", "is_valid_utf8(t) AS c2", "(i - i) AS c3", "isnull(asin(d / 1000))").filter((F.regexp_like(col("t"), lit("o$")) | (col("dt") == F.to_date(lit("2000-01-01")))))
OUTPUT_MODE = "append"
