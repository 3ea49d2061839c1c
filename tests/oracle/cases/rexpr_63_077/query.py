from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, d DOUBLE, t STRING, s STRING, n DECIMAL(9,5), i INT, b BOOLEAN, dt DATE, m DECIMAL(18,6), ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("isnull((size(split(s, '  *')) % 2))")).withColumn("c2", expr("s")).withColumn("m", expr("n")).select("id", "c1", "c2").where("coalesce(endswith(t, 'é'), true)")
OUTPUT_MODE = "append"
