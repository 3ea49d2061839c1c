spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, s STRING, d DOUBLE, m DECIMAL(10,2), i INT, dt DATE, f FLOAT, j INT, n DECIMAL(5,3), t STRING, ts TIMESTAMP").json(INPUT)
result = df.where((~F.coalesce((col("s") < col("t")), lit(False)))).withColumn("c1", expr("format_string('%s-%d', t, id)")).withColumn("c2", expr("lcase(repeat('日本', 1))")).withColumn("c3", (col("ts") - expr("INTERVAL 36 HOURS")))
OUTPUT_MODE = "append"
