from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, d DOUBLE, s STRING, m DECIMAL(12,4), f FLOAT, ts TIMESTAMP, i INT, dt DATE, n DECIMAL(4,1)").load(INPUT)
result = df.filter(((col("id") > lit(-2).cast("bigint")) | (col("id") != lit(1000).cast("bigint")))).withColumn("c1", F.make_date(F.year(F.next_day(col("dt"), "TU")), F.pmod(col("i"), lit(12)) + lit(1), lit(1))).withColumn("c2", F.atan2((lit(10) * col("i")), col("i"))).withColumn("c3", F.coalesce(col("d"), lit(0.1))).withColumn("c4", expr("timestamp_millis(i)"))
OUTPUT_MODE = "append"
