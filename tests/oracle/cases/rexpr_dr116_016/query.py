from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("date_diff(dt, dt)", "map_values(map(1, add_months(least(DATE'2000-01-01', to_date('2024-02-29')), i), 2, NULL)) AS c2", "make_date(2023, 12, 1)", "aes_decrypt(unhex('00112233445566778899AABBCCDDEEFF'), '0123456789abcdef') AS c4")
OUTPUT_MODE = "append"
