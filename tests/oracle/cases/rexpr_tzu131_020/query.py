spark.conf.set("spark.sql.session.timeZone", "America/Chicago")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, b BOOLEAN, j INT, ts TIMESTAMP, dt DATE, m DECIMAL(7,0), s STRING, d DOUBLE").load(INPUT)
result = df.selectExpr("id", "vector_normalize(array(3.0F, CAST(i AS FLOAT)), 2.0F) AS c1", "is_valid_utf8(CAST(make_timestamp_ntz(2024, abs(i) % 12 + 1, 29, 10, 30, 45.5) AS STRING)) AS c2", "array_repeat(s, abs(i) % 3)", "sentences('Hello there. How are you? ' || s, 'en', 'US') AS c4", "stack(2, 0, s, i, s)").filter("((CAST(binary(s) AS STRING) <= monthname(ts)) OR (m IS NOT NULL))")
OUTPUT_MODE = "append"
