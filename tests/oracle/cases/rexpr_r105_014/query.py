from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "from_json('[' || i || ', 2]', 'ARRAY<INT>') AS c1", "ltrim(s)", "atanh(atanh(negative(CAST((ts >= TIMESTAMP'1999-12-31 23:59:59.999') AS DOUBLE)) / 2000) / 2000) AS c3", "to_binary(s, 'utf-8')", "posexplode(sequence(1, abs(i) % 3))")
OUTPUT_MODE = "append"
