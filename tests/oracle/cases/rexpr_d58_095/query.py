from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where(((col("j") > lit(2)) | (col("j") >= lit(1)))).withColumn("c1", expr("timestamp_seconds((i - i))")).withColumn("c2", col("d")).withColumn("c3", expr("(id + 0)"))
OUTPUT_MODE = "append"
