from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, m DECIMAL(38,10), i INT, d DOUBLE, s STRING, ts TIMESTAMP, dt DATE, t STRING, f FLOAT, n DECIMAL(5,3)").json(INPUT)
result = df.where("(t < 'é')").selectExpr("id", "i", "encode(s, 'EBCDIC') AS c1", "transform_keys(map(locate('l', t), 'x', 100, 'y'), (k, v) -> k + 1) AS c2", "posexplode_outer(map(find_in_set('a', t), md5(s)))", "(- (i + i))").filter((~F.coalesce((col("d") >= lit(100.0)), lit(False))))
OUTPUT_MODE = "append"
