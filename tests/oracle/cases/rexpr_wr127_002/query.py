from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT i AS k1, round(covar_samp(d, weekofyear(to_date('2000-01-01'))), 4) AS a1, round(regr_r2(i, nullifzero(size(map_keys(str_to_map(s, ' ', 'l'))))), 6) AS a2, min(size(json_object_keys(to_json(named_struct('a', position('o', sha2(s, 0)), 'b', CAST(asin(d / 1000) AS STRING)))))) AS a3, round(corr(round(d, -1), width_bucket(d, -10.0D, 10.0D, 4)), 6) AS a4 FROM src GROUP BY k1")
OUTPUT_MODE = "update"
