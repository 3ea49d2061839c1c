from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("vector_norm(array(CAST(size(split(s, '[aeiou]')) AS FLOAT), 4.0F), 2.0F) AS c1"), ((expr("to_timestamp_ltz(CAST(dt AS STRING))") - expr("INTERVAL -3 DAYS")) < F.add_months((F.to_date(lit("2025-03-01")) + expr("INTERVAL -10 DAYS")), col("i"))).alias("c2"), expr("(n + n) AS c3"), F.when((col("i") <= lit(5)), col("f")).when((~col("b")), lit(100.0)).when(col("b"), col("f")).alias("c4"), expr("from_xml('<ROW><a>' || 10 || '</a><a>2</a></ROW>', 'a ARRAY<INT>') AS c5"))
OUTPUT_MODE = "append"
