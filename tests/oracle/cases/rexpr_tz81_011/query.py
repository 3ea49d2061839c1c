spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("(regexp_replace(try_element_at(split(s, ','), 2), '^.', '') LIKE '%') AS c1"), F.when((col("dt") <= F.to_date(lit("2024-02-29"))), col("id")).when((~col("id").isNotNull()), (lit(1000).cast("bigint") - col("id"))).otherwise(col("id")).alias("c2"), (expr("-3.10") - F.datediff(F.next_day(col("dt"), "fri"), col("ts"))).alias("c3"), expr("month(dt) AS c4")).where("((d > 0.5D) OR (s <> ' '))")
OUTPUT_MODE = "append"
