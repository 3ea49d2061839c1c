from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, s STRING, ts TIMESTAMP, b BOOLEAN, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(4,1), dt DATE, i INT").load(INPUT)
result = df.where(((~col("b")) | col("d").isNotNull())).withColumn("c1", F.make_date(F.year(col("dt")), lit(2), lit(30))).withColumn("c2", expr("date_trunc('QUARTER', ts)")).withColumn("c3", (F.ifnull(lit(0).cast("bigint"), lit(0).cast("bigint")) + col("id"))).withColumn("c4", ((col("id") + col("id")) + col("i"))).drop("s", "ts", "d", "m", "i")
OUTPUT_MODE = "append"
