from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "b", expr("floor(TRY_CAST(length('42') AS DECIMAL(5,1))) AS c1"), expr("(CASE WHEN (id <=> n) THEN ts WHEN b THEN ts WHEN (dt >= to_date('2000-01-01')) THEN ts ELSE ts END + INTERVAL '1-2' YEAR TO MONTH)").alias("c2"), F.pmod(col("id"), lit(2)).alias("c3"), (col("b") | (col("t") != lit(""))).alias("c4"))
OUTPUT_MODE = "append"
