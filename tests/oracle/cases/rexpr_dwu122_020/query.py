from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select(expr("from_xml(s, 'a INT', map('mode', 'DROPMALFORMED')) AS c1"), expr("try_make_timestamp_ltz(2024, 2, 30, 1, 0, 0)").alias("c2"), expr("xpath_boolean('<a><b>' || nullif(i, -1) || '</b></a>', 'a/b = 7') AS c3"), expr("CAST(convert_timezone('Europe/Paris', CAST(ts AS TIMESTAMP_NTZ)) AS STRING)").alias("c4"), col("ts").cast("date").alias("c5"), expr("from_xml('<ROW x=\"' || CASE WHEN b THEN i WHEN b THEN i WHEN b THEN i END || '\"><v>' || (d + d) || '</v></ROW>', '_x INT, v DOUBLE')").alias("c6")).where(col("b"))
OUTPUT_MODE = "append"
