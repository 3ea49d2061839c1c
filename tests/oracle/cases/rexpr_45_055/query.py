from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("CASE WHEN b THEN b WHEN (i IS NOT NULL) THEN (s LIKE 'H%') WHEN (NOT b) THEN (m BETWEEN 12.345 AND 100BD) ELSE b END AS c1"), expr("if(b, dt, to_date('2000-01-01'))").alias("c2"), expr("(CASE WHEN (dt > DATE'2023-12-31') THEN ts WHEN b THEN ts WHEN b THEN ts ELSE ts END - INTERVAL '1-2' YEAR TO MONTH) AS c3"), expr("nullif(CAST(weekofyear(dt) AS TIMESTAMP), TIMESTAMP'2024-03-01 12:30:00.123456') AS c4"), expr("((10 - nvl2(b, id, 0L)) <=> hash(b))").alias("c5"))
OUTPUT_MODE = "append"
