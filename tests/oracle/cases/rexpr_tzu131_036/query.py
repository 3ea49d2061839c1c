spark.conf.set("spark.sql.session.timeZone", "America/Chicago")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy("i").agg(F.regr_count(F.reduce(F.array(lit(3), lit(2), lit(4)), lit(0), lambda acc, x: acc + F.coalesce(x, lit(0))), F.pow(expr("power(0.0D, i % 3 - 1)"), 2.0)).alias("a1"), F.bit_or(expr("int(power(i % 4, 2))")).alias("a2"))
OUTPUT_MODE = "update"
