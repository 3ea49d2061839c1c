spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("sequence(coalesce(i, 0) % 5, 4)").alias("c1"), (col("b") + lit(1)).alias("c2"), F.nvl2(expr("CAST(to_timestamp_ltz(date_format(ts, 'yyyy-MM-dd'), 'yyyy-MM-dd') AS STRING)"), F.unix_seconds(expr("to_timestamp_ltz(CAST(add_months(to_date('2024-02-29'), i) AS STRING))")), lit(3).cast("bigint")).alias("c3"), expr("from_xml('<ROW x=\"' || bitmap_bucket_number(abs(reduce(array(5, i, 4), 0, (acc, x) -> acc + coalesce(x, 0)))) || '\"><v>' || ln(negative(5)) || '</v></ROW>', '_x INT, v DOUBLE') AS c4"))
OUTPUT_MODE = "append"
