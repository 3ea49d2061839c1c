from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(s < ' ')").select("id", expr("from_xml('<ROW x=\"' || abs(i) || '\"><v>' || xpath_number('<a><b>' || d || '</b></a>', 'a/b * 2') || '</v></ROW>', '_x INT, v DOUBLE')").alias("c1"), F.shiftrightunsigned(col("i"), 28), F.date_trunc("DAY", F.to_timestamp(lit("2024-02-29 00:00:00"))).alias("c3"), expr("arrays_overlap(array(aggregate(split(trim(string(d)), ' '), 0, (acc, x) -> acc + length(x))), array(CAST(NULL AS INT), 3))").alias("c4"))
OUTPUT_MODE = "append"
