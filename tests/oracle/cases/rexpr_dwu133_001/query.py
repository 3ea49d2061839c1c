from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("from_json('{\"k\": ' || CAST((dt != TIMESTAMP'2024-02-29 00:00:00') AS DOUBLE) || '}', 'MAP<STRING, DOUBLE>')")).withColumn("c2", expr("from_xml('<ROW><a>' || bit_get(i, 3) || '</a><a>2</a></ROW>', 'a ARRAY<INT>')"))
OUTPUT_MODE = "append"
