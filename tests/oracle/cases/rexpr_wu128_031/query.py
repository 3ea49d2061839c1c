from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, b BOOLEAN, i INT, s STRING, j INT, m DECIMAL(38,10), f FLOAT, dt DATE, ts TIMESTAMP, d DOUBLE").load(INPUT)
result = df.filter((~F.coalesce(((col("m") == lit(100).cast("decimal(3,0)")) & (col("d") != lit(3.75))), lit(False)))).selectExpr("id", "f", "positive(m) AS c1", "(nvl2(id, id, 1L) DIV nullif(int(power(3 % 4, 2)), 0)) AS c2", "month(timestampadd(DAY, (- bitmap_bit_position(i)), ts)) AS c3", "explode(map('a', unix_date(make_date(2024, 1, 1)) + i, 'b', pmod(nullif(i, -1), nullif(ascii(char(i)), 0))))").where("(ts > TIMESTAMP'2024-02-29 00:00:00')")
OUTPUT_MODE = "append"
