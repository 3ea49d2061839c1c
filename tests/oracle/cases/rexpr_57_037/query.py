from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, k BIGINT, d DOUBLE, dt DATE, i INT, f FLOAT, m DECIMAL(18,6), t STRING, s STRING, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("(10 * if(CASE WHEN (s IS NOT NULL) THEN (m IS NOT NULL) WHEN (d = 0.1D) THEN (t IS NOT NULL) WHEN (i > 1) THEN (s > 'o') ELSE (s > 'a') END, if((t IS NOT NULL), id, 1000L), -2L))")).withColumn("c2", expr("(m + i)")).select("id", "c1", "c2").where("((0 IN (0)) OR (ts IS NULL))")
OUTPUT_MODE = "append"
