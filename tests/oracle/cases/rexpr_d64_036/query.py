from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("try_element_at(split(CASE WHEN (d <> 2.0D) THEN s WHEN (m <= 0.001) THEN left(s, 0) ELSE s END, ' '), 2)")).withColumn("c2", expr("TRY_CAST(t AS TIMESTAMP)")).withColumn("c3", expr("least(t, s, '')")).select("id", "c1", "c2", "c3")
OUTPUT_MODE = "append"
