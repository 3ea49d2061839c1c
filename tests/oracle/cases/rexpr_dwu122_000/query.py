from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "power(power(0.0D, CASE WHEN xpath_boolean('<a><b>' || i || '</b></a>', 'a/b = 7') THEN try_subtract(i, j) WHEN CAST(j AS BOOLEAN) THEN i ELSE i END % 3 - 1), 2) AS c1", "explode_outer(split(t, ' '))", "md5(format_string('%e', 0.5D)) AS c3", "power((m * d), 2) AS c4", "TRY_CAST(d AS BIGINT) AS c5", "array((smallint(i) % nullif(i, 0)), NULL) AS c6").filter(F.coalesce(F.is_valid_utf8(F.least(col("c3"), col("c3"))), lit(True)))
OUTPUT_MODE = "append"
