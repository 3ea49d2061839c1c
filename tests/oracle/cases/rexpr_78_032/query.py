from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("translate('', 'lo', '01')")).withColumn("c2", F.abs((col("i") + col("i")))).withColumn("c3", expr("id")).where((col("b") | col("d").isNotNull()))
OUTPUT_MODE = "append"
