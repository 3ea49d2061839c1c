from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("k", (col("d").isNotNull().cast("bigint") + col("id"))).withColumn("d", col("d")).withColumn("c3", F.least(col("m"), col("n"), col("m"))).withColumn("c4", expr("CASE WHEN true THEN dt ELSE dt END")).drop("i", "b").where((lit("").try_cast("boolean") | (col("i") > lit(1))))
OUTPUT_MODE = "append"
