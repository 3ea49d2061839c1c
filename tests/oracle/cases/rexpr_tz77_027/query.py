spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("nullif(s, ' ')")).withColumn("c2", (F.try_to_date(col("s")) < F.locate("l", col("t"), 2).cast("timestamp"))).withColumn("b", expr("(format_number(m, 0) ILIKE 'a%')")).withColumn("c4", (col("i") * lit(100000000))).withColumn("c5", F.when((col("c1") < lit("x-y")), col("m")).when(col("b"), col("m")).when(col("c2"), col("m")).otherwise(col("m"))).select("id", "c1", "c2", "c4", "c5")
OUTPUT_MODE = "append"
