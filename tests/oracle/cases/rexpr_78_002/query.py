from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, j INT, s STRING, dt DATE, i INT, m DECIMAL(10,2), ts TIMESTAMP, t STRING, d DOUBLE").json(INPUT)
result = df.withColumn("c1", F.get(F.split(col("t"), "  *"), 2)).withColumn("c2", expr("(locate(' ', string(id)) * 2)")).withColumn("c3", F.trim(col("t")).rlike("^[A-Z]")).drop("j", "dt", "i", "m", "t", "d")
OUTPUT_MODE = "append"
