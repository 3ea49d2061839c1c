spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.concat(col("t"), col("s")).alias("c1"), expr("round(m) AS c2"), F.when((col("id") >= lit(1000).cast("bigint")), col("ts")).when(lit(True), col("ts")).otherwise(col("ts")), expr("json_object_keys(CAST(timestamp_micros(xpath_int('<a><b>' || i || '</b></a>', 'a/b')) AS STRING))").alias("c4")).where(((lit(None).cast("int") != col("id")) | (col("c1") == lit("x-y"))))
OUTPUT_MODE = "append"
