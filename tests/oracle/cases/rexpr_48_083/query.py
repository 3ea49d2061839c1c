from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("((hash(ts, i) != d) AND (NOT b))")).withColumn("c2", col("ts").cast("double")).withColumn("c3", F.signum(F.bround(col("d"), 2))).withColumn("c4", expr("((i + i) / nullif(CAST(b AS DOUBLE), 0))")).withColumn("c5", expr("date_trunc('yyyy', ts)")).select("id", "c1", "c2", "c3", "c4", "c5")
OUTPUT_MODE = "append"
