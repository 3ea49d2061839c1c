from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", col("m").cast("double")).withColumn("ts", col("t").try_cast("timestamp")).withColumn("c3", expr("CASE WHEN CAST(i AS BOOLEAN) THEN t WHEN b THEN format_string('%d%%', id) WHEN (ts IS NOT NULL) THEN t ELSE t END")).drop("m", "t", "b", "dt").where("((NOT (m > 1.25)) OR (m IS NULL))")
OUTPUT_MODE = "append"
