from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("i", expr("(shiftleft(i, 2) + i)")).withColumn("c2", F.when(col("b"), F.to_timestamp(F.date_format((col("ts") - expr("INTERVAL '1 02:03:04.000005' DAY TO SECOND")), "yyyy-MM-dd HH:mm:ss"), "yyyy-MM-dd HH:mm:ss")).when(F.locate(" ", col("s")).cast("boolean"), (col("ts") + expr("INTERVAL '90' MINUTE"))).when(F.regexp_like(F.elt(lit(2), col("s"), lit(" ")), lit("[aeiou]{2}")), col("ts")).otherwise(col("ts"))).withColumn("c3", expr("(locate(' ', s, 2) % nullif(i, 0))")).withColumn("c4", expr("length(nullif(date_format((dt + INTERVAL 1 MONTH), 'yyyy-MM-dd HH:mm:ss.SSS'), 'x-y'))")).withColumn("c5", expr("CAST(ts AS DOUBLE)")).select("id", "c2", "c3", "c4", "c5").filter("((c4 <= 5) OR (c5 <= -1.5D))")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3, c4, c5 FROM rexpr_q ORDER BY id"]
