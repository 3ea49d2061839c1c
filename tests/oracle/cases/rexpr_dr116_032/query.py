from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select(expr("shiftrightunsigned(i, 28)").alias("c1"), expr("array_intersect(array(i, nullif(i, 2), NULL, 1), array(1, NULL, i))").alias("c2"), F.to_binary(F.concat(col("s"), lit("zz")), lit("hex")).alias("c3"), expr("CAST(i AS BIGINT) AS c4"), expr("map_from_arrays(array('a', 'b'), array(asin(f / 1000), xpath_float('<a b=\"' || i || '\"/>', 'a/@b')))").alias("c5"), expr("explode(map('a', i, 'b', i))"), expr("regexp_extract_all(typeof(bit_get(i, 3)), '[0-9]+', 0)").alias("c7"))
OUTPUT_MODE = "append"
