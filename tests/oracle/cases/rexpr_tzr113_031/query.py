spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT ((dt + INTERVAL '1-1' YEAR TO MONTH) - INTERVAL 2 YEARS) AS k1, count_if(isnan(vector_cosine_similarity(array(CAST(-1.5D AS FLOAT), 1.0F), array(1.0F, 1.0F)))) AS a1, count_if(b) AS a2, percentile(json_array_length(to_json(array(negative(3), smallint(i)))), array(0.25, 0.75)) AS a3, percentile_disc(0.25) WITHIN GROUP (ORDER BY try_mod((d / nullif(i, 0)), 2.0D)) AS a4 FROM src GROUP BY ((dt + INTERVAL '1-1' YEAR TO MONTH) - INTERVAL 2 YEARS)")
OUTPUT_MODE = "update"
