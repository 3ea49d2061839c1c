spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(12,4), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("nullif(add_months(dt, i), to_date('2025-03-01'))"), expr("TRY_CAST(concat_ws('-', CAST(dt AS STRING), s, 'é') AS BIGINT) AS c2"), (F.ascii(lit(" ")) + (col("i") - col("i"))).alias("c3"), F.reverse(F.translate(F.rtrim(F.elt(lit(1), lit("42"), col("s"))), "aeiou", "AEI")).alias("c4"), (F.nullif(col("id"), lit(1).cast("bigint")) * lit(10)).alias("c5"))
OUTPUT_MODE = "append"
