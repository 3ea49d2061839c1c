from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(d <> 2.0D)").select((expr("1.25") / F.nullif((F.nullif(lit(-3.10).cast("decimal(3,2)"), lit(1.25).cast("decimal(3,2)")) / F.nullif(col("m"), lit(0))), lit(0))).alias("c1"), expr("posexplode_outer(array_remove(array(hex(to_binary(date_format(dt, 'EEE'), 'utf-8')), 'x'), 'x'))"), expr("str_to_map('a:1,b:2,c:' || 10)"), expr("xpath_int('<a><b>' || i || '</b></a>', 'a/b')").cast("timestamp").alias("c4")).filter((((col("m") / expr("7.5")) > col("id")) | (col("s") == lit(" "))))
OUTPUT_MODE = "append"
