from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "f", "TRY_CAST(s AS DATE)", "try_to_date(t) AS c2", "log10(abs((i * 3)) + 1) AS c3", "add_months(least(dt, dt, dt), i)", "degrees(CASE WHEN b THEN m WHEN b THEN m ELSE nullif(m, 100BD) END) AS c5").where(((lit("a") != lit("Hello")) | col("c2").isNull()))
OUTPUT_MODE = "append"
