from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("j", expr("array_insert(array(size(sequence(1, abs(0) % 5 + 1)), xpath_int('<a><b>' || i || '</b></a>', 'a/b')), 1, 9)").alias("c1"), expr("map_concat(map(1, char(CAST(i AS BIGINT) + 256)), map(2, CAST(convert_timezone('UTC', 'Asia/Kolkata', to_timestamp_ntz(date_format(ts, 'yyyy-MM-dd HH:mm'))) AS STRING))) AS c2"), F.map_from_arrays(F.array(lit('a'), lit('b')), F.array(F.log10(F.abs(col("m")) + lit(1)), F.power(col("d"), lit(2)))), expr("explode(map('a', (2 * i), 'b', least(i, 0)))"), expr("regexp_extract_all(t, '([a-z])([a-z]+)', 2)").alias("c5"), expr("from_json('{\"a\": ' || i || ', \"b\": [\"x\", null]}', 'a INT, b ARRAY<STRING>') AS c6"))
OUTPUT_MODE = "append"
