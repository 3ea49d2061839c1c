from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, b BOOLEAN, i INT, n DECIMAL(20,0), m DECIMAL(38,10), ts TIMESTAMP, d DOUBLE, dt DATE, s STRING, j INT, k BIGINT").load(INPUT)
result = df.selectExpr("id", "date_format(dt, 'EEE') AS c1", "concat(s, s, format_string('%e', d)) AS c2", "CASE WHEN b THEN i WHEN b THEN i ELSE j END", "CAST(abs(locate('l', concat_ws('-', s, s, s))) AS TIMESTAMP) AS c4").filter("(CAST((3L - 1L) AS BOOLEAN) OR (m IS NULL))")
OUTPUT_MODE = "append"
