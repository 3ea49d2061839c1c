from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, b BOOLEAN, d DOUBLE, i INT, dt DATE, m DECIMAL(38,10), ts TIMESTAMP, s STRING, f FLOAT, k BIGINT, t STRING").load(INPUT)
result = df.select("id", "t", expr("inline(array(named_struct('x', 5, 'y', s), named_struct('x', 2, 'y', 'b')))"), expr("TRY_CAST(d AS DECIMAL(20,0))").alias("c2"), expr("from_xml('<ROW x=\"' || weekday(add_months(dt, i)) || '\"><v>' || map_values(map('x', from_xml('<ROW><v>' || 3.75D || '</v></ROW>', 'v DOUBLE').v))[0] || '</v></ROW>', '_x INT, v DOUBLE') AS c3"), expr("map_zip_with(map('a', integer(d % 1000), 'b', 2), map('a', 10, 'c', (i - i)), (k, v1, v2) -> coalesce(v1, 0) + coalesce(v2, 0))").alias("c4"))
OUTPUT_MODE = "append"
