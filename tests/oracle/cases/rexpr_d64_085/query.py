from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.abs((F.when(col("j").isNotNull(), F.size(F.split(col("s"), "-"))).otherwise((-lit(2))) - F.pmod(col("i"), lit(2))))).withColumn("c2", expr("substr(replace(date_format(dt, 'yyyyMMdd'), ' ', ''), 1, 3)"))
OUTPUT_MODE = "append"
