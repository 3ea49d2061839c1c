spark.conf.set("spark.sql.session.timeZone", "Australia/Lord_Howe")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, ts TIMESTAMP, d DOUBLE, i INT, t STRING, j INT, k BIGINT, s STRING, m DECIMAL(38,10), b BOOLEAN, dt DATE").json(INPUT)
result = df.withColumn("c1", expr("instr(t, 'a')")).withColumn("c2", F.locate("l", col("s")).cast("decimal(20,0)").isNull()).withColumn("c3", expr("radians((- i))")).withColumn("ts", F.timestamp_seconds(F.when(F.equal_null(col("i"), lit(3)), col("i")).when(F.equal_null(col("i"), lit(-1)), col("i")).when(col("b"), col("i")).otherwise(col("i")))).select("id", "c1", "c2", "c3")
OUTPUT_MODE = "append"
