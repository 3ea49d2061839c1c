from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("((dt IS NOT NULL) AND (id IS NOT NULL)) AS c1"), F.sqrt(F.bround(F.atan2(F.bround(col("d"), 2), F.nullif(col("i"), lit(-1))), 1)).alias("c2"))
OUTPUT_MODE = "append"
