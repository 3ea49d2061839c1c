from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "(10 * id) AS c1", "date_diff(dt, DATE'2025-03-01') AS c2", "CASE WHEN b THEN s ELSE s END AS c3", "array_position(array(s, 'a', array_join(array_prepend(split(s, ' '), 'p'), '_')), 'a')").where(((col("ts") == F.to_timestamp(lit("2024-03-01 12:30:00.123456"))) | (col("d") == lit(0.5))))
OUTPUT_MODE = "append"
