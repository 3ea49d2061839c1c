from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "t", expr("hash(CASE WHEN false THEN m WHEN false THEN m END) AS c1"), F.nullifzero(col("d")).alias("c2"), F.round(col("d"), col("i")).alias("c3"), expr("to_json(from_xml('<ROW><d>' || dt || '</d></ROW>', 'd DATE'))").alias("c4"), expr("factorial(abs(datediff(dt, dt)) % 25)").alias("c5")).where((col("m") == lit(.5).cast("decimal(2,1)")))
OUTPUT_MODE = "append"
