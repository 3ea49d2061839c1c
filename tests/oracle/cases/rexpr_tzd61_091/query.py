spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, s STRING, dt DATE, i INT, ts TIMESTAMP, n DECIMAL(5,3), d DOUBLE, m DECIMAL(10,2), b BOOLEAN, k BIGINT").load(INPUT)
result = df.withColumn("c1", expr("greatest(least(TIMESTAMP'1999-12-31 23:59:59.999', TIMESTAMP'2024-03-01 12:30:00.123456'), ts)")).withColumn("c2", expr("round(nullif(n, 99.99))")).withColumn("c3", (col("id") * lit(-1))).drop("s", "i", "ts", "n").filter((col("i").isin(lit(10), lit(-1), lit(0)) | (col("i") == lit(1))))
OUTPUT_MODE = "append"
