spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, ts TIMESTAMP, dt DATE, i INT, s STRING, m DECIMAL(7,0), n DECIMAL(5,3), d DOUBLE").json(INPUT)
result = df.select("ts", F.date_trunc("yyyy", F.when((col("m") == lit(12.345).cast("decimal(5,3)")), col("ts")).when((col("n") < lit(.5).cast("decimal(2,1)")), F.to_timestamp(lit("2024-03-01 12:30:00.123456"))).otherwise(col("ts"))).alias("c1"), F.floor(F.round(col("m")), 1).alias("c2"), expr("dateadd(TRY_CAST(s AS DATE), i)").alias("c3"))
OUTPUT_MODE = "append"
