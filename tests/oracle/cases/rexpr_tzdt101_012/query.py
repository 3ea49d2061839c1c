spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, m DECIMAL(12,4), j INT, k BIGINT, b BOOLEAN, f FLOAT, d DOUBLE, i INT, dt DATE, s STRING, ts TIMESTAMP, t STRING").load(INPUT)
result = df.filter(F.coalesce(col("s").startswith(""), lit(True))).withColumn("c1", expr("((i + id) DIV 3)")).withColumn("c2", (lit(-2).cast("bigint") != col("id").try_cast("int"))).withColumn("c3", expr("i"))
OUTPUT_MODE = "append"
