from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((col("f") <= lit(2.0))).select("id", expr("TRY_CAST(s AS DECIMAL(5,1)) AS c1"), F.floor(F.when(F.abs(F.round(col("f"), 3)) < lit(1e9), F.round(col("f"), 3))).alias("c2"), expr("CAST(make_ym_interval(i, 5) AS STRING)").alias("c3"), expr("str_to_map('a:1,b:2,c:' || shiftrightunsigned(bitmap_bit_position(int(power(2 % 4, 2))), 28)) AS c4"), F.rint(F.coalesce(expr("from_xml('<ROW><v>' || d || '</v></ROW>', 'v DOUBLE').v"), lit(-1.5))).alias("c5")).filter("coalesce(((c5 >= 0.1D) > (c4 IS NOT NULL)), true)")
OUTPUT_MODE = "append"
