from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("ts", "make_date(year(dt), month(dt), 1) AS c1", "CAST(((2 * i) - i) AS BOOLEAN) AS c2").where("((date_add(dt, i) IS NOT NULL) OR (d IS NOT NULL))")
OUTPUT_MODE = "append"
