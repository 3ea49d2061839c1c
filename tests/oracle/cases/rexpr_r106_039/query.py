from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((F.is_valid_utf8(F.acosh(F.abs(lit(100.0)) + lit(1)).cast("string")) | col("b").isNull())).selectExpr("id", "CASE WHEN b THEN ts WHEN (dt IS NOT NULL) THEN ts ELSE ts END AS c1", "map_from_arrays(array('a', 'b'), array(d, bround(try_mod(d, 0.001D), 2))) AS c2").filter((col("b") | (col("d") == lit(-1.5))))
OUTPUT_MODE = "append"
