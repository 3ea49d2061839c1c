from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(k IS NOT NULL)").withColumn("c1", (~F.isnull(F.last_day(col("dt"))))).withColumn("c2", expr("(timestampadd(DAY, i, ts) - INTERVAL 1 MONTH)")).select("id", "c1", "c2")
OUTPUT_MODE = "append"
