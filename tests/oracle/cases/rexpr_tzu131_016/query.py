spark.conf.set("spark.sql.session.timeZone", "America/Chicago")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, j INT, d DOUBLE, i INT, s STRING, dt DATE, m DECIMAL(7,0), ts TIMESTAMP, k BIGINT, t STRING, b BOOLEAN").json(INPUT)
result = df.withColumn("c1", expr("str_to_map('a:1,b:2,c:' || i)")).withColumn("c2", expr("power(abs(power(-2, i % 7)), 0.5D)")).withColumn("c3", expr("array_insert(array(xpath_short('<a><b>7</b><b>' || try_mod(i, width_bucket(d, -10.0D, 10.0D, 4)) || '</b></a>', 'sum(a/b)'), nvl2('', ascii(char(i)), 5)), 2, 9)")).withColumn("c4", F.when(col("b"), col("i")).when(col("b"), col("j")).when(col("m").isin(expr("0.001"), lit(.001).cast("decimal(4,3)"), expr("-3.10")), col("j"))).withColumn("c5", expr("(i - id)")).select("id", "c1", "c2", "c3", "c4", "c5")
OUTPUT_MODE = "append"
