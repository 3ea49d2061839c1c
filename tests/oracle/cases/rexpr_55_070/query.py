from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("(i >= 2)").withColumn("c1", (lit(-1) * lit(2))).withColumn("c2", expr("(i - m)")).withColumn("c3", expr("isnan(d)")).select("id", "c1", "c2", "c3")
OUTPUT_MODE = "append"
